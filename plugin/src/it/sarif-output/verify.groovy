import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'factcheck'
assert run.tool.driver.rules*.id.contains('contradiction')
def r = run.results.find { it.ruleId == 'contradiction' }
assert r.level == 'error'
assert r.locations[0].physicalLocation.artifactLocation.uri.startsWith('articles/2024/05/') : 'paths from the repository root'
assert r.locations[0].physicalLocation.region.startLine > 6
def junit = new XmlSlurper().parse(new File(basedir, 'target/factcheck/factcheck-junit.xml'))
assert junit.testsuite.testcase.size() == 2
assert junit.testsuite.testcase.failure.size() == 1
return true
