package dev.factcheck.core.accuracy;

/** A file's story is the top folder of its path (relative to the articles folder). */
final class Stories {
    private Stories() {
    }

    static String of(String file) {
        if (file == null) {
            return "";
        }
        int slash = file.indexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
