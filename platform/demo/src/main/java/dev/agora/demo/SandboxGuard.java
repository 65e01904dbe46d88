package dev.agora.demo;

import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopApi.Sandbox;
import org.jspecify.annotations.Nullable;

/**
 * The payment-provider sandbox while the demo changes it: remembers how it was, and puts that back at the end,
 * whatever happened (also when the demo is stopped with Ctrl-C, through a shutdown hook).
 */
final class SandboxGuard implements AutoCloseable {

    private final ShopApi api;
    private @Nullable Sandbox original;
    private @Nullable Sandbox current;
    private @Nullable Thread hook;

    SandboxGuard(ShopApi api) {
        this.api = api;
    }

    /** Reads the settings to restore at the end. */
    synchronized Sandbox remember() {
        var settings = api.sandbox();
        original = settings;
        current = settings;
        return settings;
    }

    @Nullable
    Sandbox original() {
        return original;
    }

    /** Changes the sandbox; the first change arms the restoring shutdown hook. */
    synchronized void use(Sandbox settings) {
        if (original == null) {
            remember();
        }
        if (hook == null) {
            hook = Thread.ofPlatform().unstarted(this::restoreQuietly);
            Runtime.getRuntime().addShutdownHook(hook);
        }
        api.sandbox(settings);
        current = settings;
    }

    /** Whether the sandbox is set as it was at the start. */
    synchronized boolean restored() {
        return original == null || original.equals(current);
    }

    /** Puts the original settings back, if they were changed. */
    @Override
    public synchronized void close() {
        if (original != null && !original.equals(current)) {
            api.sandbox(original);
            current = original;
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it restores
            }
            hook = null;
        }
    }

    private void restoreQuietly() {
        try {
            synchronized (this) {
                if (original != null && !original.equals(current)) {
                    api.sandbox(original);
                    current = original;
                    System.err.println(System.lineSeparator() + "agora demo: stopped; payment sandbox restored ("
                            + Format.sandbox(original) + ")");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("agora demo: could not restore the payment sandbox: " + e.getMessage());
        }
    }
}
