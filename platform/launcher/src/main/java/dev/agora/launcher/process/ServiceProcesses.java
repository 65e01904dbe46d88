package dev.agora.launcher.process;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.infrastructure.TcpProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The service processes the pid files point at, trusted only when their command line names the service's jar. */
public final class ServiceProcesses {

    private final PidFiles pidFiles;
    private final ServiceCatalog catalog;
    private final ProcessStopper stopper;

    public ServiceProcesses(PidFiles pidFiles, ServiceCatalog catalog, ProcessStopper stopper) {
        this.pidFiles = pidFiles;
        this.catalog = catalog;
        this.stopper = stopper;
    }

    public OptionalLong recordedPid(String service) {
        return pidFiles.read(service);
    }

    /** The live process of a service; empty when it is not running or its pid now belongs to something else. */
    public Optional<ProcessHandle> running(String service) {
        OptionalLong pid = pidFiles.read(service);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(process -> CommandLines.of(process).contains(jarFileName(service)));
    }

    /** Refuses to go on while a service of the catalog runs or something else holds its port. */
    public void requireNoneRunning() {
        for (AgoraService service : catalog.services()) {
            running(service.name()).ifPresent(process -> {
                throw new LauncherException(service.name() + " is already running (pid " + process.pid()
                        + "): see ./agora status, stop it with ./agora down");
            });
            if (TcpProbe.accepts("127.0.0.1", service.port())) {
                throw new LauncherException("port " + service.port() + " of " + service.name()
                        + " is taken by a process the launcher did not start");
            }
        }
    }

    /**
     * The services of the catalogue that do not run, their stale pid files removed; refuses when something the
     * launcher did not start holds one's port.
     */
    public List<AgoraService> notRunning() {
        var missing = new ArrayList<AgoraService>();
        for (AgoraService service : catalog.services()) {
            if (running(service.name()).isPresent()) {
                continue;
            }
            if (TcpProbe.accepts("127.0.0.1", service.port())) {
                throw new LauncherException("port " + service.port() + " of " + service.name()
                        + " is taken by a process the launcher did not start");
            }
            pidFiles.delete(service.name());
            missing.add(service);
        }
        return missing;
    }

    /** Stops every service with a pid file and removes the files; returns a line per service for the user. */
    public List<String> stopAll() {
        Map<String, ProcessHandle> owned = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        for (String service : pidFiles.services()) {
            Optional<ProcessHandle> process = running(service);
            if (process.isPresent()) {
                owned.put(service, process.get());
            } else {
                report.add(service + ": not running (stale pid file removed)");
                pidFiles.delete(service);
            }
        }
        stopper.stop(owned.values());
        owned.forEach((service, process) -> {
            pidFiles.delete(service);
            report.add(service + ": stopped (pid " + process.pid() + ")");
        });
        return report;
    }

    /** Services no longer in the catalog still follow the agora-<name>.jar naming. */
    private String jarFileName(String service) {
        return catalog.find(service).map(AgoraService::jarFileName).orElse("agora-" + service + ".jar");
    }
}
