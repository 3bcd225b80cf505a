import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /articles\/broken\.md:\d+: malformed front matter/ : 'the error names the file, the line and what is wrong'
assert log.contains('MojoExecutionException') || log.contains('bad article') : 'an input error, not a finding'
def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
assert report.articles*.path == ['good.md'] : 'the good article is still checked and reported'
assert report.warnings.any { it.article == 'broken.md' && it.severity == 'error' }
def names = new File(basedir, 'articles').list().sort()
assert names == ['broken.md', 'good.md'] : 'nothing is written into the articles directory'
return true
