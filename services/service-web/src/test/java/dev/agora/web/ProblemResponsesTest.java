package dev.agora.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest
@Import(ProblemResponsesTest.Orders.class)
class ProblemResponsesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void invalidBodyFieldIsNamedInDetailAndErrors() throws Exception {
        mvc.perform(post("/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\": \"\", \"lines\": [{\"quantity\": 0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'customer'")))
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].quantity')].message")
                        .value("must be greater than or equal to 1"));
    }

    @Test
    void valueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        mvc.perform(post("/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\": \"ann\", \"lines\": [{\"quantity\": \"many\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    @Test
    void bodyThatIsNotJsonIsAProblem() throws Exception {
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON"));
    }

    @Test
    void invalidRequestParameterIsNamed() throws Exception {
        mvc.perform(get("/orders").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void invalidBodyNextToAConstrainedPathVariableIsNamedByItsField() throws Exception {
        mvc.perform(post("/orders/ab")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\": \"ann\", \"lines\": [{\"quantity\": 0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    }

    record Line(@Min(1) int quantity) {}

    record NewOrder(@NotBlank String customer, @NotEmpty List<@Valid Line> lines) {}

    @RestController
    static class Orders {
        @PostMapping("/orders")
        NewOrder place(@Valid @RequestBody NewOrder order) {
            return order;
        }

        @PostMapping("/orders/{country}")
        NewOrder placeIn(@PathVariable @Size(min = 2, max = 2) String country, @Valid @RequestBody NewOrder order) {
            return order;
        }

        @GetMapping("/orders")
        List<NewOrder> list(@RequestParam @Min(1) int limit) {
            return List.of();
        }
    }
}
