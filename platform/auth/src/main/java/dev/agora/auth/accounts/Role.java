package dev.agora.auth.accounts;

/** What a person may do on the platform; a token names them in its {@code roles} claim. */
public enum Role {
    /** Runs the platform: the console and every operator action. */
    OPERATOR,
    /** A user of the shop, acting as themselves. */
    SHOPPER,
    /** Reviews sign-ups. */
    REVIEWER;

    /** The Spring Security authority of the role, as resource servers name it too. */
    public String authority() {
        return "ROLE_" + name();
    }
}
