def log = new File(basedir, 'build.log').text
assert log.contains('factcheck: 0 of 2 articles from the cache') : 'the first build extracts'
assert log.contains('factcheck: 2 of 2 articles from the cache') : 'the second build reuses every extraction'
assert new File(basedir, 'target/factcheck/factcheck-cache.bin').isFile()
return true
