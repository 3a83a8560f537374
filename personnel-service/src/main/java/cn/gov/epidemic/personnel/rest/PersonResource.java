package cn.gov.epidemic.personnel.rest;

import cn.gov.epidemic.kit.audit.Caller;
import cn.gov.epidemic.kitweb.security.Roles;
import cn.gov.epidemic.kit.rest.ETags;
import cn.gov.epidemic.kit.rest.IdempotencyKeys;
import cn.gov.epidemic.kit.rest.Page;
import cn.gov.epidemic.kit.rest.PageQuery;
import cn.gov.epidemic.kit.rest.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import cn.gov.epidemic.personnel.api.Examples;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import cn.gov.epidemic.personnel.PersonCategory;
import cn.gov.epidemic.personnel.api.PersonApi.NewPerson;
import cn.gov.epidemic.personnel.api.PersonApi.PersonView;
import cn.gov.epidemic.personnel.service.PersonService;
import cn.gov.epidemic.personnel.service.PersonImportService;
import cn.gov.epidemic.personnel.api.ImportApi;
import cn.gov.epidemic.personnel.api.ImportApi.PersonCsvLine;
import cn.gov.epidemic.personnel.api.ImportApi.PersonImport;
import cn.gov.epidemic.kit.bulk.BulkImports;
import cn.gov.epidemic.kit.bulk.ImportReport;
import cn.gov.epidemic.kit.bulk.RowFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** People who can be deployed. */
@Path(ApiDocs.BASE + "/people")
@Tag(name = "People", description = "Officers, grid workers, medical staff, cadres and volunteers who can be deployed.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService service;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Caller caller;
    @Inject
    BulkImports bulk;
    @Inject
    PersonImportService imports;

    @POST
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "registerPerson", summary = "Register a person · 登记人员", description = "The ID-card number is checked (GB 11643 check digit) and must be unique." + ApiDocs.PII)
    @APIResponse(responseCode = "201", description = "Registered; Location names it; ETag is its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "The ID-card number is registered to someone else (type id-card-number-taken).")
    public Response register(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(description = ApiDocs.IDEMPOTENCY, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                             @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-person", value = Examples.NEW_PERSON))) NewPerson body, @Context UriInfo uri) {
        boolean reveal = caller.hasRole(Roles.PERSONNEL_PII);
        return idempotency.execute(idempotencyKey, "POST people", body, () -> {
            PersonView v = service.register(body, reveal);
            return Responses.created(uri, v.id(), v, v.version());
        });
    }

    @POST
    @Path("/imports")
    @Consumes({MediaType.APPLICATION_JSON, BulkImports.CSV})
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "importPeople", summary = "Import people with their deployments · 批量导入人员及其部署",
            description = "Registers people and creates their deployments, as POST /people and POST /deployments would one by one (the deployments without personId: the row's person)."
                    + " A row is a person and the deployments to create for them; a row is created whole (the person and all their deployments) or refused whole."
                    + " CSV header: " + ImportApi.PEOPLE_CSV_HEADER + " (a person and at most one deployment per line; the deployment's columns empty for none)." + BulkImports.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report: per row created (id: the person; relatedIds: their deployments) or refused (problems).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", description = "More than 5,000 rows, or a body over 1 MiB (payload-too-large): nothing imported.")
    public Response importPeople(@HeaderParam(IdempotencyKeys.HEADER) @Size(max = 200) @Parameter(required = true, description = ApiDocs.IDEMPOTENCY_BATCH, example = ApiDocs.IDEMPOTENCY_EXAMPLE) String idempotencyKey,
                                 @Context HttpHeaders headers,
                                 @RequestBody(required = true, content = {
                                         @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PersonImport.class, maxItems = BulkImports.MAX_ROWS),
                                                 examples = @ExampleObject(name = "two-officers", value = Examples.PEOPLE_IMPORT)),
                                         @Content(mediaType = BulkImports.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.MAX_BODY),
                                                 examples = @ExampleObject(name = "one-officer-csv", value = Examples.PEOPLE_IMPORT_CSV))}) byte[] body) {
        return bulk.execute(idempotencyKey, "POST people/imports", headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                RowFormat.of(PersonImport.class, PersonCsvLine.class, PersonCsvLine::row), imports::importPeople);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "getPerson", summary = "Read a person · 查询人员", description = "ETag is the version." + ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "The person.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response get(@PathParam("id") @Parameter(example = Examples.PERSON_ID) UUID id) {
        PersonView v = service.get(id, caller.hasRole(Roles.PERSONNEL_PII));
        return Responses.ok(v, v.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_WRITE, Roles.ADMIN})
    @Operation(operationId = "updatePerson", summary = "Replace a person's details · 修改人员信息", description = ApiDocs.PII)
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "The ID-card number is registered to someone else.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response update(@PathParam("id") @Parameter(example = Examples.PERSON_ID) UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 40) @Parameter(description = ApiDocs.IF_MATCH, example = "\"1\"") String ifMatch,
                           @NotNull @Valid @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "new-person", value = Examples.NEW_PERSON))) NewPerson body) {
        PersonView v = service.update(id, body, ETags.expectedVersion(ifMatch), caller.hasRole(Roles.PERSONNEL_PII));
        return Responses.ok(v, v.version());
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_READ, Roles.ADMIN})
    @Operation(operationId = "listPeople", summary = "List people · 人员列表", description = "Filters: category, unitId, name (contains). Sort by name, category, createdAt." + ApiDocs.PII)
    @Extension(name = "x-sort-fields", value = "name,category,createdAt")
    @APIResponse(responseCode = "200", description = "A page of people.")
    public Page<PersonView> list(@QueryParam("category") @Parameter(example = "POLICE_OFFICER") PersonCategory category, @QueryParam("unitId") @Parameter(example = Examples.UNIT_ID) UUID unitId,
                                 @QueryParam("name") @Size(max = 60) @Parameter(description = "Part of the name (contains, ignoring case).", example = "王") String name, @Valid @BeanParam PageQuery page) {
        return service.list(category, unitId, name, page, caller.hasRole(Roles.PERSONNEL_PII));
    }
}
