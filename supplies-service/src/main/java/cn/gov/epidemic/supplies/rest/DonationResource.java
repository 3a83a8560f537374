package cn.gov.epidemic.supplies.rest;

import cn.gov.epidemic.kit.rest.Filter;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.supplies.api.Examples;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.supplies.DonationKind;
import cn.gov.epidemic.supplies.api.CatalogueApi;
import cn.gov.epidemic.supplies.api.DonationApi.DonationView;
import cn.gov.epidemic.supplies.api.DonationApi.ForwardingView;
import cn.gov.epidemic.supplies.api.DonationApi.NewDonation;
import cn.gov.epidemic.supplies.api.DonationApi.NewForwarding;
import cn.gov.epidemic.supplies.api.DonationApi.SummaryView;
import cn.gov.epidemic.supplies.api.DonationApi.TraceView;
import cn.gov.epidemic.supplies.service.DonationService;
import jakarta.validation.constraints.Size;

/** Donations of money and goods, forwarding and traceability. */
@Path(ApiDocs.BASE + "/donations")
@Tag(name = "Donations", description = "Money and goods; directed to a named recipient (forwarded as the donor asked) or undirected into the pool; goods enter the ledger; a trace follows each donation to where it went.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonationResource {

    @Inject
    DonationService service;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "receiveDonation", summary = "Record a donation received · 登记接收捐赠",
            description = "MONEY: amount and currency. GOODS: lines, each received as a QUARANTINED lot (DONATION_RECEIPT ledger row). directed=true needs directedRecipientId (the donor's named recipient).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "409", description = "A donated lot expired (expired-on-receipt) or its lot number exists (lot-exists).")
    public Response receive(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                            @NotNull @Valid NewDonation body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST donations", body, () -> {
            DonationView v = service.receive(body);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getDonation", summary = "Read a donation · 查询捐赠", description = "A donation of money or goods: donor, date, direction, and what has been forwarded so far.")
    @APIResponse(responseCode = "200", description = "The donation with the amount forwarded so far.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonationView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DONATION_ID) UUID id) {
        DonationView v = service.get(id);
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "listDonations", summary = "List donations · 捐赠列表", description = "Filters: kind, divisionCode, directed, receivedBy (contains). Sort by receivedOn, createdAt, amount, donor.")
    @Extension(name = "x-sort-fields", value = "receivedOn,createdAt,amount,donor")
    @APIResponse(responseCode = "200", description = "A page of donations.")
    public Page<DonationView> list(@QueryParam("kind") @Parameter(example = "MONEY") DonationKind kind,
                                   @QueryParam("divisionCode") @Size(max = 12) @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Parameter(description = Filter.WITHIN_DIVISION, example = "150600") String divisionCode,
                                   @QueryParam("directed") @Parameter(description = "true: only donations directed to a named recipient; false: only undirected ones.", example = "true") Boolean directed,
                                   @QueryParam("receivedBy") @Size(max = 200) @Parameter(description = "Part of the receiver's name (contains, ignoring case).", example = "红十字会") String receivedBy,
                                   @Valid @BeanParam PageQuery page) {
        return service.list(kind, divisionCode, directed, receivedBy, page);
    }

    @POST
    @Path("/{id}/forwardings")
    @RolesAllowed({Roles.SUPPLIES_WRITE, Roles.ADMIN})
    @Operation(operationId = "forwardDonation", summary = "Forward money of a directed donation · 转拨定向捐赠资金", description = "To the recipient the donor named; in total never more than the donation.")
    @APIResponse(responseCode = "201", description = "Forwarded.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForwardingView.class)))
    @APIResponse(responseCode = "409", description = "Undirected: nobody to forward to (donation-not-directed); goods (not-a-money-donation); more than left (forwarding-exceeds-donation).")
    public Response forward(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DONATION_ID) UUID id, @HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                            @NotNull @Valid NewForwarding body, @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST donations/" + id + "/forwardings", body, () -> {
            ForwardingView v = service.forward(id, body);
            return Responses.created(uri, v.id(), v);
        });
    }

    @GET
    @Path("/{id}/trace")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "traceDonation", summary = "Where a donation went · 捐赠去向追溯", description = "Money: forwardings and what remains (with the receiver, or in the pool). Goods: every ledger row of its lots, with the recipients they were reserved for and dispatched to.")
    @APIResponse(responseCode = "200", description = "The trace.")
    public TraceView trace(@PathParam("id") @Parameter(description = "Its id (UUID).", example = Examples.DONATION_ID) UUID id) {
        return service.trace(id);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.SUPPLIES_READ, Roles.ADMIN})
    @Operation(operationId = "getDonationSummary", summary = "Donation totals · 捐赠汇总", description = "Total, money, goods' declared value, forwarded, per receiver. Filters: divisionCode, receivedBy (contains, e.g. 红十字会 for the Red Cross system).")
    @APIResponse(responseCode = "200", description = "The totals.")
    public SummaryView summary(@QueryParam("divisionCode") @Size(max = 12) @Pattern(regexp = CatalogueApi.DIVISION, message = CatalogueApi.DIVISION_MESSAGE) @Parameter(description = Filter.WITHIN_DIVISION, example = "150600") String divisionCode,
                               @QueryParam("receivedBy") @Size(max = 200) @Parameter(description = "Part of the receiver's name (contains, ignoring case), e.g. 红十字会 for the Red Cross system.", example = "红十字会") String receivedBy) {
        return service.summary(divisionCode, receivedBy);
    }
}
