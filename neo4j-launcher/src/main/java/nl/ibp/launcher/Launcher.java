package nl.ibp.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.DatabaseStateService;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 only and auth off, for a parent (Node) process.
 *
 * <p>Configured by system properties: {@code launcher.dataDir} (required, absolute), {@code launcher.boltPort}
 * (required), {@code launcher.pageCache} (default 128m), {@code launcher.txLogRotation} (default 16m),
 * {@code launcher.transactionMemory} (default a quarter of the heap).
 *
 * <p>stdout carries only the protocol, one line each: {@code READY bolt://127.0.0.1:<port> <version>};
 * {@code FAILED <code> <message>} then exit 2, code being PORT_IN_USE, STORE_LOCKED, STORE_UNUSABLE,
 * BAD_CONFIG or START_FAILED; {@code STOPPED} after a clean shutdown. Neo4j logs to {@code <dataDir>/logs};
 * stderr carries diagnostics. EOF on stdin stops the database and exits 0, so the JVM never outlives its
 * parent; SIGTERM/SIGINT stop it through the shutdown hook.
 */
public final class Launcher {

    private static final String DEFAULT_DB = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
    private static final long START_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(120);
    private static final long SHUTDOWN_AFTER_FAILURE_MS = TimeUnit.SECONDS.toMillis(10);
    private static final long BUILD_WAIT_ON_STOP_MS = TimeUnit.SECONDS.toMillis(60);

    /** The real stdout, kept for the protocol; System.out is pointed at stderr so nothing else lands here. */
    private static final PrintStream PROTOCOL = System.out;

    private static final CountDownLatch built = new CountDownLatch(1);

    // Guarded by Launcher.class.
    private static DatabaseManagementService service;
    private static boolean failed;
    private static boolean stopping;

    private Launcher() {}

    public static void main(String[] args) {
        System.setOut(System.err);

        Path dataDir;
        int port;
        Map<Setting<?>, Object> settings;
        try {
            dataDir = dataDir();
            port = boltPort();
            settings = settings(port);
            // Validate here so a bad value is reported as BAD_CONFIG, not as a start-up failure.
            Config.newBuilder().set(settings).build();
        } catch (RuntimeException e) {
            fail("BAD_CONFIG", e.getMessage());
            return;
        }

        // Neo4j binds Bolt only after both databases have started; probing first reports a taken port in
        // well under a second instead of several, without touching the store. Neo4j's own bind still counts.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            fail("PORT_IN_USE", "127.0.0.1:" + port + ": " + msg(e));
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "launcher-shutdown"));
        // Watch stdin from the start, so a parent that dies during start-up does not leave us running.
        Thread stdinWatcher = new Thread(Launcher::exitOnStdinEof, "launcher-stdin");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();

        try {
            Files.createDirectories(dataDir);
            removeEmptyServerId(dataDir);
            DatabaseManagementService dbms;
            try {
                dbms = new DatabaseManagementServiceBuilder(dataDir).setConfig(settings).build();
                synchronized (Launcher.class) {
                    service = dbms;
                }
            } finally {
                built.countDown();
            }
            awaitDefaultDatabase(dbms);
        } catch (Throwable t) {
            failWith(t);
            return;
        }

        synchronized (Launcher.class) {
            // A stop requested during start-up is already under way; READY would send the parent to a dying server.
            if (!stopping) {
                protocol("READY bolt://127.0.0.1:" + port + " " + Version.getNeo4jVersion());
            }
        }
        try {
            stdinWatcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path dataDir() {
        String value = System.getProperty("launcher.dataDir");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("launcher.dataDir is required");
        }
        Path path = Path.of(value);
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("launcher.dataDir must be an absolute path: " + value);
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("launcher.dataDir is not a directory: " + value);
        }
        return path;
    }

    private static int boltPort() {
        String value = System.getProperty("launcher.boltPort");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("launcher.boltPort is required");
        }
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("launcher.boltPort is not an integer: " + value);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("launcher.boltPort out of range: " + value);
        }
        return port;
    }

    private static long bytes(String property, String defaultValue) {
        String value = System.getProperty(property, defaultValue).trim();
        long bytes;
        try {
            bytes = SettingValueParsers.BYTES.parse(value);
        } catch (RuntimeException e) {
            bytes = 0;
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException(property + " is not a positive byte size (e.g. 128m): " + value);
        }
        return bytes;
    }

    private static Map<Setting<?>, Object> settings(int port) {
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        Map<Setting<?>, Object> s = new HashMap<>();
        s.put(BoltConnector.enabled, true);
        s.put(BoltConnector.listen_address, bolt);
        // The driver's neo4j:// scheme connects to the advertised address; "localhost" may resolve to ::1,
        // where nothing listens.
        s.put(BoltConnector.advertised_address, bolt);
        s.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Anything that falls back to the defaults must stay on loopback too.
        s.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        s.put(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"));
        s.put(GraphDatabaseSettings.routing_enabled, false);
        s.put(HttpConnector.enabled, false);
        s.put(HttpsConnector.enabled, false);
        s.put(GraphDatabaseSettings.auth_enabled, false);
        s.put(GraphDatabaseSettings.udc_enabled, false);
        // The page cache otherwise defaults to about half of the machine's RAM.
        s.put(GraphDatabaseSettings.pagecache_memory, bytes("launcher.pageCache", "128m"));
        // Without these each database preallocates and keeps hundreds of MB of transaction log.
        s.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        s.put(GraphDatabaseSettings.logical_log_rotation_threshold, bytes("launcher.txLogRotation", "16m"));
        s.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        // Netty otherwise idles 5 s before the Bolt server stops, which delays every shutdown.
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        // Transaction timeouts are enforced by a monitor that wakes every 2 s by default; the service
        // promises timeouts of a few seconds, so check more often.
        s.put(GraphDatabaseSettings.transaction_monitor_check_interval, java.time.Duration.ofMillis(200));
        // One query must not take the heap from all others: Community enforces this limit per transaction
        // (MemoryPoolOutOfMemoryError), well before the JVM itself runs out.
        String quarterOfHeap = Runtime.getRuntime().maxMemory() / 4 / 1024 + "k";
        s.put(GraphDatabaseSettings.memory_transaction_max_size, bytes("launcher.transactionMemory", quarterOfHeap));
        // Nothing here loads CSV; no query may read the machine's files through LOAD CSV.
        s.put(GraphDatabaseSettings.allow_file_urls, false);
        return s;
    }

    /**
     * A first start killed at the wrong moment leaves data/server_id empty, and Neo4j then fails every start
     * with a bare EOFException. The id is written once, before any database exists, so an empty file holds
     * nothing worth keeping and Neo4j generates a new one.
     */
    private static void removeEmptyServerId(Path dataDir) throws IOException {
        Path serverId = dataDir.resolve("data").resolve("server_id");
        if (Files.isRegularFile(serverId) && Files.size(serverId) == 0) {
            System.err.println("launcher: removing empty " + serverId + " left by an interrupted first start");
            Files.delete(serverId);
        }
    }

    /**
     * In Neo4j 5 a broken default database does not make build() throw; it just never becomes available.
     * Poll, and stop early once the DBMS has recorded a failure for it.
     */
    private static void awaitDefaultDatabase(DatabaseManagementService dbms) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        GraphDatabaseService db = dbms.database(DEFAULT_DB);
        while (!db.isAvailable(500)) {
            Optional<Throwable> cause = failureOf(dbms, db);
            if (cause.isPresent()) {
                throw new DatabaseFailedException(cause.get());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("database '" + DEFAULT_DB + "' not available after "
                        + START_TIMEOUT_MS / 1000 + " s: " + statusOf(dbms, db));
            }
        }
    }

    private static DatabaseStateService stateService(DatabaseManagementService dbms) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(DatabaseStateService.class);
    }

    private static Optional<Throwable> failureOf(DatabaseManagementService dbms, GraphDatabaseService db) {
        try {
            return stateService(dbms).causeOfFailure(((GraphDatabaseAPI) db).databaseId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String statusOf(DatabaseManagementService dbms, GraphDatabaseService db) {
        try {
            var state = stateService(dbms).stateOfDatabase(((GraphDatabaseAPI) db).databaseId());
            return state.operatorState().description() + state.statusMessage().map(m -> " (" + m + ")").orElse("");
        } catch (RuntimeException e) {
            return "state unknown";
        }
    }

    /** Marks the failure of the default database (as opposed to the DBMS as a whole). */
    private static final class DatabaseFailedException extends Exception {
        DatabaseFailedException(Throwable cause) {
            super("database '" + DEFAULT_DB + "' failed to start", cause);
        }
    }

    private static void failWith(Throwable t) {
        System.err.println("launcher: start-up failed:");
        t.printStackTrace(System.err);
        List<Throwable> chain = causes(t);
        String message = msg(chain.get(chain.size() - 1));
        Optional<Throwable> bind = chain.stream().filter(c -> c instanceof BindException).findFirst();
        if (bind.isPresent() || message.contains("Address already in use")) {
            // Neo4j's PortBindException names the address, Netty's innermost cause the reason.
            fail("PORT_IN_USE", bind.map(b -> msg(b) + ": ").orElse("") + message);
        } else if (chain.stream().anyMatch(c -> c instanceof FileLockException)) {
            fail("STORE_LOCKED", message);
        } else if (isStoreProblem(chain)) {
            boolean defaultDb = chain.stream().anyMatch(c -> c instanceof DatabaseFailedException);
            fail("STORE_UNUSABLE", (defaultDb ? msg(t) + ": " : "") + message);
        } else {
            // Unclassified: the type often says more than the message (e.g. NoSuchFileException: /some/path).
            Throwable innermost = chain.get(chain.size() - 1);
            String type = innermost.getClass().getSimpleName();
            fail("START_FAILED", message.equals(innermost.getClass().getName()) ? type : type + ": " + message);
        }
    }

    /**
     * Pragmatic, from what 5.26.30 raised on damaged stores: garbage in neostore ("Failed to load data from
     * legacy metadata store"), truncated or deleted record files (InvalidRecordException, "Store files ...
     * are missing"), a 4.4 store (UnableToMigrateException), a new store killed before its first transaction
     * log ("Transaction logs are missing and recovery is not possible"). When the DBMS came up but the
     * default database did not, its store is taken to be the cause unless the JVM itself ran out of
     * something; a damaged system database fails the whole DBMS and is recognised by type and message.
     */
    private static boolean isStoreProblem(List<Throwable> chain) {
        if (chain.stream().anyMatch(c -> c instanceof VirtualMachineError || c instanceof LinkageError)) {
            return false;
        }
        return chain.stream().anyMatch(c -> {
            String name = c.getClass().getName();
            String m = msg(c).toLowerCase(Locale.ROOT);
            return c instanceof DatabaseFailedException
                    || name.startsWith("org.neo4j.kernel.impl.store.")
                    || name.startsWith("org.neo4j.kernel.impl.storemigration.")
                    || name.contains("MalformedSchemaRule")
                    || m.contains("store version")
                    || m.contains("metadata store")
                    || m.contains("store files")
                    || m.contains("store format")
                    || m.contains("recovery");
        });
    }

    /** The cause chain plus suppressed exceptions, outermost first, innermost cause last. */
    private static List<Throwable> causes(Throwable root) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        List<Throwable> suppressed = new ArrayList<>();
        for (Throwable c = root; c != null && seen.add(c); c = c.getCause()) {
            out.add(c);
            Collections.addAll(suppressed, c.getSuppressed());
        }
        Deque<Throwable> todo = new ArrayDeque<>(suppressed);
        while (!todo.isEmpty()) {
            for (Throwable c = todo.pop(); c != null && seen.add(c); c = c.getCause()) {
                out.add(out.size() - 1, c);
                Collections.addAll(todo, c.getSuppressed());
            }
        }
        return out;
    }

    private static String msg(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getName() : m;
    }

    private static void fail(String code, String message) {
        synchronized (Launcher.class) {
            if (stopping) {
                // Start-up was interrupted by a signal; the shutdown hook reports STOPPED.
                return;
            }
            failed = true;
        }
        // Report first: after a failed database start, shutdown can hang ~30 s on a leftover index-cleanup job.
        protocol("FAILED " + code + " " + oneLine(message));
        Thread stopper = new Thread(Launcher::stopDatabase, "launcher-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(SHUTDOWN_AFTER_FAILURE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            System.err.println("launcher: shutdown after failure did not finish, halting");
            Runtime.getRuntime().halt(2);
        }
        System.exit(2);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static void exitOnStdinEof() {
        byte[] buf = new byte[256];
        InputStream in = System.in;
        try {
            while (in.read(buf) >= 0) {
                // Input is ignored; only EOF matters.
            }
        } catch (IOException e) {
            System.err.println("launcher: stdin read failed, shutting down: " + e);
        }
        // The shutdown hook stops the database and prints STOPPED.
        System.exit(0);
    }

    private static void stop() {
        boolean report;
        synchronized (Launcher.class) {
            stopping = true;
            report = !failed;
        }
        // Halting in the middle of build() can leave a new store that never starts again
        // ("Transaction logs are missing"); let it finish so it can be shut down properly.
        try {
            built.await(BUILD_WAIT_ON_STOP_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopDatabase();
        if (report) {
            protocol("STOPPED");
        }
    }

    private static void stopDatabase() {
        DatabaseManagementService dbms;
        synchronized (Launcher.class) {
            dbms = service;
            service = null;
        }
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                System.err.println("launcher: shutdown failed: " + t);
            }
        }
    }

    private static synchronized void protocol(String line) {
        PROTOCOL.println(line);
        PROTOCOL.flush();
    }
}
