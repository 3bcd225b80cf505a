def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /broken\.md:\d+: malformed front matter/ : 'the error names the file, the line and what is wrong'
assert !new File(basedir, 'target/factcheck/factcheck-report.json').exists() : 'no report from a check that could not run'
def names = new File(basedir, 'articles').list().sort()
assert names == ['broken.md', 'good.md'] : 'nothing is written into the articles directory'
return true
