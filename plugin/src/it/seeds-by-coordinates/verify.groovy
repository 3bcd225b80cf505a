import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'out/factcheck-report.json'))
assert report.articles.size() == 5 : 'all five seed articles are listed'
def txt = report.articles.find { it.path.endsWith('.txt') }
assert txt != null && txt.outlet == null && txt.published == null
def warnings = report.warnings.findAll { it.article == txt.path }*.message
assert warnings.any { it.startsWith("no 'published' date") } : 'missing date reported as a warning'
assert warnings.any { it.startsWith("no 'outlet'") } : 'missing outlet reported as a warning'
def hostages = report.findings.find { f ->
    f.rule == 'contradiction' && f.claims.collect { id -> report.claims.find { it.id == id }?.value } as Set == [129, 133] as Set
}
assert hostages != null : '129 vs 133 hostages held is a contradiction'
return true
