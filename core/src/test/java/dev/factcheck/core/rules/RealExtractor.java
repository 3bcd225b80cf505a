package dev.factcheck.core.rules;

import dev.factcheck.core.extract.Extractor;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The project's real extractor, {@code new NewsExtractor(Vocabulary.defaults())}, found by name so that
 * the end-to-end rule tests compile before it exists and skip until it does.
 */
final class RealExtractor {
    private RealExtractor() {
    }

    static Optional<Extractor> create() {
        try {
            Class<?> vocabulary = Class.forName("dev.factcheck.core.extract.Vocabulary");
            Object defaults = vocabulary.getMethod("defaults").invoke(null);
            Class<?> extractor = Class.forName("dev.factcheck.core.extract.NewsExtractor");
            return Optional.of((Extractor) extractor.getConstructor(vocabulary).newInstance(defaults));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("NewsExtractor could not be built", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
