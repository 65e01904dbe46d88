package dev.agora.demo;

import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.ShopUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where the running platform's services answer, as the command line said. */
final class Platform implements ShopUrls {

    private final Map<ShopService, String> shop;
    private final String auth;
    private final String logger;
    private final String portal;
    private final String rabbitManagement;

    Platform(Map<ShopService, String> shop, String auth, String logger, String portal, String rabbitManagement) {
        var urls = new LinkedHashMap<ShopService, String>();
        for (var service : ShopService.values()) {
            var url = shop.get(service);
            if (url == null) {
                throw new IllegalArgumentException("no URL for the " + service.serviceName() + " service");
            }
            urls.put(service, trim(url));
        }
        this.shop = urls;
        this.auth = trim(auth);
        this.logger = trim(logger);
        this.portal = trim(portal);
        this.rabbitManagement = trim(rabbitManagement);
    }

    @Override
    public String url(ShopService service) {
        return shop.get(service);
    }

    /** The authorization server, which gives the demo its tokens. */
    String auth() {
        return auth;
    }

    String logger() {
        return logger;
    }

    String portal() {
        return portal;
    }

    String rabbitManagement() {
        return rabbitManagement;
    }

    /**
     * Every service the demo checks before it starts: the shop's (the catalogue's system shop), then the authorization server, the logger and
     * the portal.
     */
    List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        for (var service : ShopService.values()) {
            endpoints.add(new Endpoint(service.serviceName(), url(service), true, "the shop"));
        }
        endpoints.add(new Endpoint("auth", auth, true, "the demo's tokens and the console links' sign-in"));
        endpoints.add(new Endpoint("logger", logger, false, "the ops console's message log and the summary's links"));
        endpoints.add(new Endpoint("portal", portal, false, "the summary's links"));
        return endpoints;
    }

    /** The service a URL belongs to, for saying which one stopped answering; null if none. */
    @Nullable
    String nameOf(String url) {
        for (var endpoint : endpoints()) {
            if (url.startsWith(endpoint.url() + "/") || url.equals(endpoint.url())) {
                return endpoint.name();
            }
        }
        return null;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
