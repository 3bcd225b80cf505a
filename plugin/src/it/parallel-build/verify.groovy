def modules = ['desk-wire', 'desk-metro', 'desk-sport']
modules.each { m ->
    ['factcheck-report.json', 'factcheck-report.sarif', 'factcheck-junit.xml'].each { name ->
        def parallel = new File(basedir, "$m/target/parallel/$name")
        def serial = new File(basedir, "$m/target/serial/$name")
        assert parallel.isFile() && serial.isFile() : "$m wrote $name in both builds"
        assert parallel.bytes == serial.bytes : "$m/$name differs between -T 4 and a serial build"
    }
    assert new File(basedir, "$m/target/parallel/factcheck-report.json").text.contains('"contradiction"')
}
return true
