package dev.agora.web.security;

import java.util.Arrays;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The platform's scopes, as tokens carry them in their {@code scope} claim and the authorization server grants them
 * to its clients. A resource server holds them as {@code SCOPE_<scope>} authorities.
 */
public final class Scope {

    /** Operator actions: settings, prices, stock, tax rules, read-model rebuilds, the message log. */
    public static final String OPS = "ops";

    /** A shopper's own actions: placing orders and reading their own orders and history. */
    public static final String SHOP = "shop";

    public static final String INVENTORY_RESERVE = "inventory.reserve";
    public static final String PRICING_QUOTE = "pricing.quote";
    public static final String PAYMENT_CHARGE = "payment.charge";
    public static final String ACCOUNTS_WRITE = "accounts.write";

    private Scope() {}

    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    /** Allows a request whose token has any of these scopes. */
    public static AuthorizationManager<RequestAuthorizationContext> anyOf(String... scopes) {
        return AuthorityAuthorizationManager.hasAnyAuthority(
                Arrays.stream(scopes).map(Scope::authority).toArray(String[]::new));
    }
}
