package org.gatehouse.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/search}: the case-note search of the screen, with the same parameters and the same
 * access rules (HTTP Basic). Snippets are escaped HTML with the matches in {@code <mark>}.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private NoteSearch search;

    @GET
    public NoteResults search(@QueryParam("q") String q, @QueryParam("pathway") List<String> pathways,
                              @QueryParam("sensitivity") List<String> sensitivities,
                              @QueryParam("author") String author, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("program") String program,
                              @QueryParam("sort") @DefaultValue("relevance") String sort,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.search(new SearchRequests(q, pathways, sensitivities, author, from, to, program, sort, page,
                size).toQuery());
    }
}
