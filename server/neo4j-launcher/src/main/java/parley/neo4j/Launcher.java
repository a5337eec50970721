package parley.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.LogQueryLevel;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, reachable only over Bolt on loopback.
 *
 * <p>Settings come as arguments {@code --name=value} or system properties {@code -Dparley.neo4j.name=value}:
 * {@code data-dir} (absolute, required), {@code bolt-port} (7687), {@code page-cache} (256m),
 * {@code transaction-memory-max} and {@code transaction-memory-total} (Neo4j's defaults when unset:
 * no limit per transaction, 70 % of the heap for all of them), {@code transaction-timeout} in milliseconds
 * (Neo4j's default when unset: none) and {@code stop-on-stdin-eof} (false). Once the default database serves queries, exactly one line
 * {@code PARLEY_NEO4J_READY bolt://127.0.0.1:<port>} goes to stdout; Neo4j's own messages go to stderr
 * and to {@code logs/} under the data dir.
 */
public final class Launcher {
    private static final String READY_MARKER = "PARLEY_NEO4J_READY";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String PROPERTY_PREFIX = "parley.neo4j.";
    private static final int DEFAULT_BOLT_PORT = 7687;
    private static final int MAX_PORT = 65_535;
    private static final String DEFAULT_PAGE_CACHE = "256m";
    /** Generous: recovering a large store after a crash can take minutes. */
    private static final long DATABASE_AVAILABLE_TIMEOUT_MS = 10 * 60 * 1000L;
    private static final long TX_LOG_ROTATION_BYTES = ByteUnit.mebiBytes(16);
    private static final String TX_LOG_RETENTION = "2 files";
    private static final int EXIT_FAILED_TO_START = 1;
    private static final int EXIT_BAD_SETTINGS = 2;

    private Launcher() {}

    public static void main(String[] args) {
        Map<String, String> arguments = parseArguments(args);
        Path dataDir;
        int boltPort;
        long pageCacheBytes;
        MemoryBudget memoryBudget;
        Duration transactionTimeout;
        boolean stopOnStdinEof;
        try {
            dataDir = Path.of(setting(arguments, "data-dir", null));
            if (!dataDir.isAbsolute()) throw new IllegalArgumentException("data-dir must be an absolute path");
            boltPort = port(setting(arguments, "bolt-port", String.valueOf(DEFAULT_BOLT_PORT)));
            pageCacheBytes = ByteUnit.parse(setting(arguments, "page-cache", DEFAULT_PAGE_CACHE));
            memoryBudget = new MemoryBudget(
                    optionalSize(arguments, "transaction-memory-max"), optionalSize(arguments, "transaction-memory-total"));
            transactionTimeout = optionalMillis(arguments, "transaction-timeout");
            stopOnStdinEof = Boolean.parseBoolean(setting(arguments, "stop-on-stdin-eof", "false"));
        } catch (RuntimeException e) {
            exit(EXIT_BAD_SETTINGS, "Invalid settings for the embedded Neo4j: " + e.getMessage());
            return;
        }

        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = memoryBudget.applyTo(configure(dataDir, boltPort, pageCacheBytes));
            // Neo4j itself stops any transaction that runs longer, whichever client started it and
            // whether or not it asked for a timeout of its own.
            if (transactionTimeout != null) builder.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout);
            dbms = builder.build();
        } catch (RuntimeException e) {
            exit(EXIT_FAILED_TO_START, "Neo4j could not start on bolt://" + LOOPBACK + ":" + boltPort
                    + " with data in " + dataDir + ": " + rootCauseMessage(e));
            return;
        }
        // SIGINT and SIGTERM run this hook, so the store is closed cleanly and needs no recovery next time.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "parley-neo4j-shutdown"));

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(DATABASE_AVAILABLE_TIMEOUT_MS)) {
            exit(EXIT_FAILED_TO_START, "Neo4j started but its default database did not become available; see "
                    + dataDir.resolve("logs").resolve("debug.log"));
            return;
        }
        System.out.println(READY_MARKER + " bolt://" + LOOPBACK + ":" + boltPort);
        System.out.flush();

        if (stopOnStdinEof) {
            waitForStdinEof();
            System.exit(0);
        }
        waitForever();
    }

    private static DatabaseManagementServiceBuilder configure(Path dataDir, int boltPort, long pageCacheBytes) {
        SocketAddress boltAddress = new SocketAddress(LOOPBACK, boltPort);
        return new DatabaseManagementServiceBuilder(dataDir)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, boltAddress)
                .setConfig(BoltConnector.advertised_address, boltAddress)
                // No authentication: Bolt listens on loopback only, so only this machine can connect.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION)
                .setConfig(GraphDatabaseSettings.log_queries, LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise idles 5 s per event loop group when stopping, after the databases are already closed.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    }

    private static Map<String, String> parseArguments(String[] args) {
        Map<String, String> arguments = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                exit(EXIT_BAD_SETTINGS, "Unexpected argument '" + arg + "': expected --name=value");
            }
            arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return arguments;
    }

    private static String setting(Map<String, String> arguments, String name, String defaultValue) {
        String value = arguments.getOrDefault(name, System.getProperty(PROPERTY_PREFIX + name, defaultValue));
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required (--" + name + "=... or -D" + PROPERTY_PREFIX
                    + name + "=...)");
        }
        return value;
    }

    /** A size such as 256m, or null when the argument is absent and Neo4j's default applies. */
    private static Long optionalSize(Map<String, String> arguments, String name) {
        String value = arguments.getOrDefault(name, System.getProperty(PROPERTY_PREFIX + name));
        return value == null || value.isBlank() ? null : ByteUnit.parse(value);
    }

    /** A positive number of milliseconds, or null when the argument is absent and Neo4j's default applies. */
    private static Duration optionalMillis(Map<String, String> arguments, String name) {
        String value = arguments.getOrDefault(name, System.getProperty(PROPERTY_PREFIX + name));
        if (value == null || value.isBlank()) return null;
        try {
            long millis = Long.parseLong(value);
            if (millis > 0) return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            // Reported below, like a number that is not positive.
        }
        throw new IllegalArgumentException(name + " must be a positive number of milliseconds, got '" + value + "'");
    }

    /**
     * What Neo4j lets transactions hold in memory: past {@code perTransaction} a transaction fails
     * alone, past {@code total} the one asking for more fails; either way the JVM keeps its heap.
     */
    private record MemoryBudget(Long perTransaction, Long total) {
        DatabaseManagementServiceBuilder applyTo(DatabaseManagementServiceBuilder builder) {
            if (perTransaction != null) builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, perTransaction);
            if (total != null) builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, total);
            return builder;
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= MAX_PORT) return port;
        } catch (NumberFormatException e) {
            // Reported below, like an out-of-range number.
        }
        throw new IllegalArgumentException("bolt-port must be a port number (1-" + MAX_PORT + "), got '" + value + "'");
    }

    /** With {@code stop-on-stdin-eof}, a parent that dies without stopping us still closes our stdin. */
    private static void waitForStdinEof() {
        byte[] discarded = new byte[256];
        try (InputStream stdin = System.in) {
            while (stdin.read(discarded) >= 0) {
                // Input carries no meaning; only its end does.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone, just like end of input.
        }
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootCauseMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getName() : message;
    }

    private static void exit(int code, String message) {
        System.err.println(message);
        System.exit(code);
    }
}
