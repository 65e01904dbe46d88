package dev.agora.messaging.amqp;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.RequestHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds {@link EventHandler} and {@link RequestHandler} methods on every bean. The layer binds the work
 * queue to exactly what is found here, and dispatches each delivery by its routing key.
 */
final class HandlerRegistry implements BeanPostProcessor {

    private final Map<TopicPattern, List<HandlerMethod>> eventHandlers = new LinkedHashMap<>();
    private final Map<String, HandlerMethod> requestHandlers = new LinkedHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        var type = AopUtils.getTargetClass(bean);
        MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<EventHandler>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, EventHandler.class))
                .forEach((method, annotation) -> {
                    var invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
                    var description = beanName + "." + method.getName();
                    for (var pattern : EventHandlerKeys.of(annotation.value(), method, description)) {
                        registerEvent(pattern, new HandlerMethod(bean, invocable, description));
                    }
                });
        MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<RequestHandler>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, RequestHandler.class))
                .forEach((method, annotation) -> {
                    var invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
                    registerRequest(
                            annotation.value(), new HandlerMethod(bean, invocable, beanName + "." + method.getName()));
                });
        return bean;
    }

    synchronized void registerEvent(String pattern, HandlerMethod handler) {
        if (!pattern.matches("(\\*|#|[a-z0-9_-]+)(\\.(\\*|#|[a-z0-9_-]+))*")) {
            throw new IllegalStateException(
                    handler.description() + ": '" + pattern + "' is not a topic pattern of lowercase words, * and #");
        }
        if (pattern.startsWith("request.") || pattern.startsWith("reply.")) {
            throw new IllegalStateException(handler.description() + ": events may not use the request. or reply. keys");
        }
        eventHandlers
                .computeIfAbsent(TopicPattern.of(pattern), p -> new ArrayList<>())
                .add(handler);
    }

    synchronized void registerRequest(String action, HandlerMethod handler) {
        Topology.requireWords(action, handler.description() + " action");
        var previous = requestHandlers.putIfAbsent(action, handler);
        if (previous != null) {
            throw new IllegalStateException("request action '" + action + "' is handled twice: by "
                    + previous.description() + " and " + handler.description());
        }
    }

    /** Every event handler whose pattern matches; one delivery runs them all in one transaction. */
    List<HandlerMethod> eventHandlersFor(String routingKey) {
        var matching = new ArrayList<HandlerMethod>(1);
        eventHandlers.forEach((pattern, handlers) -> {
            if (pattern.matches(routingKey)) matching.addAll(handlers);
        });
        return matching;
    }

    @org.jspecify.annotations.Nullable
    HandlerMethod requestHandler(String action) {
        return requestHandlers.get(action);
    }

    Set<String> eventPatterns() {
        var patterns = new TreeSet<String>();
        eventHandlers.keySet().forEach(pattern -> patterns.add(pattern.pattern()));
        return patterns;
    }

    Map<TopicPattern, List<HandlerMethod>> eventHandlers() {
        return eventHandlers;
    }

    Map<String, HandlerMethod> requestHandlers() {
        return requestHandlers;
    }
}
