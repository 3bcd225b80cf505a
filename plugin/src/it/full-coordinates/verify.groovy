import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'out/factcheck-report.json'))
assert report.tool.name == 'factcheck'
assert report.articles.size() == 2
assert report.articles.every { it.path.startsWith('wire/') } : 'paths are relative to the articles directory'
assert report.findings*.rule == ['contradiction']
assert new File(basedir, 'out/factcheck-report.html').isFile()
return true
