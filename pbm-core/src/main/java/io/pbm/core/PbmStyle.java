package io.pbm.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of pbm: generated implementations stay package-private behind the
 * abstract type a user names ({@code Project.builder()}, never {@code ImmutableProject}); factory and
 * builder methods return the abstract type; the generated code needs nothing but the JDK.
 *
 * <p>Place it on a package ({@code package-info.java}) or a type. It is an implementation detail of
 * the build: the annotation is not retained at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
public @interface PbmStyle {}
