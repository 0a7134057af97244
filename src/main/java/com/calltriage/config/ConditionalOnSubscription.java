package com.calltriage.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Only on a server that keeps the call records subscription: one with Graph's app registration and a public
 * address for Graph to post to ({@code calltriage.graph.notification-url}). Sub-commands never subscribe. One
 * condition for the subscription's beans and for the job that looks after it, so they come and go together.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "calltriage.graph", name = {"client-id", "client-secret", "notification-url"})
public @interface ConditionalOnSubscription {
}
