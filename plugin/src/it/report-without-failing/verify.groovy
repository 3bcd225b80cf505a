import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[contradiction]') : 'findings are still printed'
def json = new File(basedir, 'target/factcheck/factcheck-report.json')
assert json.isFile() : 'the report is written even though the build passes'
def report = new JsonSlurper().parse(json)
assert report.articles*.path == ['2024/05/2024-05-12-eastern-daily-quake.md', '2024/05/2024-05-12-northwire-quake.md']
assert report.findings.size() == 1
assert report.findings[0].rule == 'contradiction'
return true
