// Runs only where the seed articles exist beside the project.
def seeds = new File(basedir, '../../../../../shared/seeds/articles').canonicalFile
if (!seeds.isDirectory()) {
    println "seeds-by-coordinates skipped: no seed articles at ${seeds}"
}
return seeds.isDirectory()
