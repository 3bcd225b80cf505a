import groovy.json.JsonSlurper

def acks = new File(basedir, 'factcheck-acknowledgements.yaml')
assert acks.isFile() : 'baseline writes the acknowledgements file'
def text = acks.text
assert text.contains('rule: contradiction')
assert text.contains('article: 2024/05/')
assert text.contains('reason: "TODO')
assert !(text =~ /(?m)^\s*line:/) : 'entries never carry line numbers'

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /factcheck: .*1 acknowledged/
def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
def f = report.findings.find { it.rule == 'contradiction' }
assert f.status == 'acknowledged'
assert f.reason.startsWith('TODO')
assert report.summary.acknowledged == 1
return true
