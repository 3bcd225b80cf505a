import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/factcheck/factcheck-report.json'))
assert report.articles*.path == ['desk-metro/articles/2024-05-12-eastern-daily-quake.md',
                                 'desk-wire/articles/2024-05-12-northwire-quake.md'] : 'one report over every module'
def f = report.findings.find { it.rule == 'contradiction' }
assert f != null : 'a figure in one module is checked against a figure in another'
def articlesOf = f.claims.collect { id -> report.claims.find { it.id == id }.article }
assert articlesOf.toSet().size() == 2
assert !new File(basedir, 'desk-wire/target/factcheck').exists() : 'aggregate writes one report at the top'
return true
