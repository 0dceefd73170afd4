package org.gatehouse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gatehouse.platform.ServerPaths;

/**
 * The node's index directory: generations side by side ({@code notes-<time>}), a {@code current}
 * file naming the one searches use (replaced atomically, so a switch is all or nothing even if the
 * server stops half-way) and, while a rebuild runs, a {@code rebuilding} file naming its generation.
 */
final class IndexLocation {

    private static final Logger LOG = Logger.getLogger(IndexLocation.class.getName());
    private static final String CURRENT = "current";
    private static final String REBUILDING = "rebuilding";
    private static final String PREFIX = "notes-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path base;

    IndexLocation(Path base) {
        this.base = base;
    }

    /**
     * The configured directory (system property {@code gatehouse.index.dir}), by default
     * {@code search} under the server's data directory.
     */
    static IndexLocation configured() {
        return new IndexLocation(ServerPaths.configured("gatehouse.index.dir", "search"));
    }

    Path base() {
        return base;
    }

    Path of(String generation) {
        return base.resolve(generation);
    }

    /** The generation searches use, if there is one on disk. */
    Optional<String> current() {
        return named(CURRENT);
    }

    /** The generation a rebuild was filling, if one was under way. */
    Optional<String> rebuilding() {
        return named(REBUILDING);
    }

    /** A name for a new generation, never used before on this node. */
    String newGeneration(Clock clock) {
        String name = PREFIX + STAMP.format(clock.instant());
        while (Files.exists(of(name))) {
            name = name + "x";
        }
        return name;
    }

    /** Makes {@code generation} the one searches use, atomically. */
    void makeCurrent(String generation) {
        write(CURRENT, generation);
    }

    void markRebuilding(String generation) {
        write(REBUILDING, generation);
    }

    void clearRebuilding() {
        try {
            Files.deleteIfExists(base.resolve(REBUILDING));
        } catch (IOException e) {
            throw new UncheckedIOException("the index directory cannot be written", e);
        }
    }

    /** Deletes every generation but those kept (best effort: a file still open is left for the next start). */
    void deleteGenerationsExcept(Set<String> kept) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && !kept.contains(entry.getFileName().toString())) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Old index generations not removed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void delete(Path generation) throws IOException {
        try (Stream<Path> files = Files.walk(generation)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Optional<String> named(String pointer) {
        Path file = base.resolve(pointer);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            return name.startsWith(PREFIX) && Files.isDirectory(of(name)) ? Optional.of(name) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the index directory cannot be read", e);
        }
    }

    private void write(String pointer, String generation) {
        try {
            Files.createDirectories(base);
            Path next = Files.createTempFile(base, pointer, ".next");
            Files.writeString(next, generation, StandardCharsets.UTF_8);
            Files.move(next, base.resolve(pointer), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the index directory cannot be written", e);
        }
    }
}
