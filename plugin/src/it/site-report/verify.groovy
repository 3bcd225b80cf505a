def page = new File(basedir, 'target/site/factcheck-report.html')
assert page.isFile() : 'mvn site writes the factcheck report into the site'
def html = page.text
assert html.contains('contradiction')
assert html.contains('298') && html.contains('312')
def reports = new File(basedir, 'target/site/project-reports.html')
assert !reports.exists() || reports.text.contains('factcheck-report.html') : 'the site links the report'
return true
