package dev.agora.launcher.process;

import dev.agora.launcher.catalog.AgoraService;

/** Starts a service's process: what the supervisor needs of {@link ServiceLauncher}. */
public interface ServiceStarter {

    /** A fresh start: a new log. */
    Process start(AgoraService service);

    /** A start after the service's process ended: the log goes on, and the process is told it was restarted. */
    Process restart(AgoraService service, Restart restart);
}
