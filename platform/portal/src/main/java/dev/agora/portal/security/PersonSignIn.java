package dev.agora.portal.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Makes a signed-in person of what the authorization server says: the ID token's {@code roles} become {@code ROLE_}
 * authorities beside the access token's {@code SCOPE_}s, and the shop user the person is ({@code user_id}, which
 * only the access token carries) joins their claims, so that pages act as that user and no one else.
 */
class PersonSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ROLES = "roles";

    private final OAuth2UserService<OidcUserRequest, OidcUser> openIdConnect;
    private final JwtDecoder accessTokens;

    PersonSignIn(OAuth2UserService<OidcUserRequest, OidcUser> openIdConnect, JwtDecoder accessTokens) {
        this.openIdConnect = openIdConnect;
        this.accessTokens = accessTokens;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = openIdConnect.loadUser(request);
        var authorities = new LinkedHashSet<GrantedAuthority>(user.getAuthorities());
        var roles = user.getIdToken().getClaimAsStringList(ROLES);
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        var claims = new LinkedHashMap<String, Object>();
        claims.put("sub", user.getSubject());
        if (user.getUserInfo() != null) claims.putAll(user.getUserInfo().getClaims());
        var userId =
                accessTokens.decode(request.getAccessToken().getTokenValue()).getClaimAsString(Person.USER_ID);
        if (userId != null) claims.put(Person.USER_ID, userId);
        var nameAttribute = request.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(claims), nameAttribute);
    }
}
