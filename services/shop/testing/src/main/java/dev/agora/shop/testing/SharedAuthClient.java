package dev.agora.shop.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class: the service under test is a resource server of the {@link SharedAuth} authorization
 * server, and its calls to other services carry the tokens of the client named, {@code @SharedAuthClient("order")}.
 * It stands for a {@code @DynamicPropertySource} method calling {@link SharedAuth#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SharedAuthClient {

    /** The client id of the service under test at the authorization server. */
    String value();
}
