import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
def f = report.findings.find { it.rule == 'contradiction' }
assert f != null : 'a disabled finding is still listed'
assert f.status == 'disabled-inline'
assert f.reason == "Our correspondent's count from the morgue; the agency lags."
assert report.summary.suppressed == 1
return true
