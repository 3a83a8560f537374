package cn.gov.epidemic.kit.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The few response shapes of the suite: 201 with Location (and ETag), 200 with ETag. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created, {@code Location} = the request path + {@code /id}. */
    public static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }

    /** 201 Created with the new resource's version as ETag. */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body)
                .header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /** 200 OK with the version as ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /** The same 200, typed, so that the OpenAPI document names the body's schema from the method's return type. */
    public static <T> RestResponse<T> typedOk(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
