package dev.agora.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest
@Import(StorableParametersTest.Shelves.class)
class StorableParametersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/shelves").param("sender", "ord\0er"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("sender"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain the NUL character (U+0000)"));
    }

    @Test
    void anUnpairedSurrogateInAQueryParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/shelves").param("sender", "order\uD800"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sender"));
    }

    @Test
    void aNulInAPathIsRefusedAsAProblemBeforeAnyHandler() throws Exception {
        // Spring Security's firewall refuses a path with a NUL before it is mapped, as Tomcat does on the wire
        mvc.perform(get("/shelves/{name}", "bo\0oks"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("The request was rejected")));
    }

    @Test
    void storableParametersReachTheHandler() throws Exception {
        mvc.perform(get("/shelves").param("sender", "order ✓ \uD83D\uDCDA"))
                .andExpect(status().isOk())
                .andExpect(content().string("order ✓ \uD83D\uDCDA"));
    }

    @Test
    void aMalformedUuidIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/shelves/{name}/boxes/{boxId}", "books", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("boxId"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
    }

    @Test
    void aNumberOutOfRangeIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/shelves/{name}/boxes", "books").param("limit", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number in range"));
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        mvc.perform(get("/shelves/{name}/boxes", "books"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @RestController
    static class Shelves {
        @GetMapping("/shelves")
        String bySender(@RequestParam String sender) {
            return sender;
        }

        @GetMapping("/shelves/{name}")
        String shelf(@PathVariable String name) {
            return name;
        }

        @GetMapping("/shelves/{name}/boxes/{boxId}")
        String box(@PathVariable String name, @PathVariable UUID boxId) {
            return name + boxId;
        }

        @GetMapping("/shelves/{name}/boxes")
        String boxes(@PathVariable String name, @RequestParam int limit) {
            return name + limit;
        }
    }
}
