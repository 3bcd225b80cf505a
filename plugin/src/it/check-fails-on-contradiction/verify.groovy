import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[contradiction]') : 'the contradiction is printed'
assert log =~ /articles\/2024\/05\/2024-05-12-[a-z-]+\.md:\d+:\d+: error: \[contradiction\]/ : 'compiler-style line with file:line:column'
assert log.contains('BUILD FAILURE')
assert log =~ /factcheck: .*1 error.*FAILED.*report: target\/factcheck\/factcheck-report\.(html|json)/ : 'summary line with threshold result and report path'

def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
assert report.schemaVersion == 1
assert report.findings.any { it.rule == 'contradiction' && it.severity == 'error' }
return true
