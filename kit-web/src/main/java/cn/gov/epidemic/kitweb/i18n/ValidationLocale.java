package cn.gov.epidemic.kitweb.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Bean Validation's messages in the language of the rest of the problem: the kit's {@link Languages} choice. Quarkus'
 * own resolver matches ranges exactly against {@code quarkus.locales}, so {@code en-US} alone matched nothing and the
 * violations came in Chinese under an English title. Quarkus asks every resolver in turn and takes the first answer;
 * its own answers only when a range matches exactly, and then as the kit would, except for a header that prefers an
 * unsupported Chinese variant to English ({@code zh-TW,en;q=0.8}), where it may answer English.
 */
@Singleton
public class ValidationLocale implements LocaleResolver {

    @Inject
    CurrentVertxRequest request;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        // outside a request (an event validated by a consumer) the request-scoped bean cannot even be asked: the
        // default locale, zh-CN
        if (!Arc.container().requestContext().isActive()) return null;
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : Languages.of(rc.request().getHeader("Accept-Language"));
    }
}
