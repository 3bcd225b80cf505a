import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'an acknowledgement past its until date no longer applies'
assert log.contains('expired on 2024-06-30')
def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
assert report.findings.find { it.rule == 'contradiction' }.status == 'open'
return true
