package dev.agora.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest
@Import(StrictJsonTest.Parcels.class)
class StrictJsonTest {

    static final String GOOD = """
            {"label": "books", "weight": 2, "price": 12.50, "fragile": true, "speed": "EXPRESS", "tags": ["a"]}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aWellTypedBodyIsRead() throws Exception {
        mvc.perform(post("/parcels").contentType(MediaType.APPLICATION_JSON).content(GOOD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weight").value(2));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            weight  | "2"        | must be a whole number in range
            weight  | 2.5        | must be a whole number in range
            weight  | null       | must be a whole number in range
            weight  | 1e3        | must be a whole number in range
            weight  | 99999999999 | must be a whole number in range
            price   | "12.50"    | must be a number
            label   | 42         | must be a string
            label   | true       | must be a string
            fragile | "true"     | must be true or false
            fragile | 1          | must be true or false
            speed   | 0          | must be one of [NORMAL, EXPRESS]
            tags    | "a"        | must be an array
            """)
    void aValueOfAnotherTypeIsNotCoercedButRefusedNamingItsField(String field, String value, String message)
            throws Exception {
        var body = GOOD.replaceFirst("\"" + field + "\": [^,}]+(\\[\"a\"\\])?", "\"" + field + "\": " + value);
        mvc.perform(post("/parcels").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bo\\u0000oks", "\\ud800books", "books\\udc00"})
    void aStringThatCannotBeStoredIsRefusedNamingItsField(String label) throws Exception {
        mvc.perform(post("/parcels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD.replace("\"books\"", "\"" + label + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'label' must not contain")));
    }

    @Test
    void aStringInAListThatCannotBeStoredIsNamedByItsIndex() throws Exception {
        mvc.perform(post("/parcels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD.replace("[\"a\"]", "[\"a\", \"b\\u0000\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags[1]"));
    }

    @Test
    void aPairedSurrogateIsText() throws Exception {
        mvc.perform(post("/parcels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD.replace("\"books\"", "\"\\ud83d\\udcda\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("\uD83D\uDCDA"));
    }

    @Test
    void anOverlongNumberIsRefusedBeforeItIsParsed() throws Exception {
        mvc.perform(post("/parcels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GOOD.replace("12.50", "1" + "0".repeat(ApiJsonMapper.MAX_NUMBER_LENGTH))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("limit")));
    }

    @Test
    void trailingContentAfterTheBodyIsRefused() throws Exception {
        mvc.perform(post("/parcels").contentType(MediaType.APPLICATION_JSON).content(GOOD + " {}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    enum Speed {
        NORMAL,
        EXPRESS
    }

    record Parcel(String label, int weight, BigDecimal price, boolean fragile, Speed speed, List<String> tags) {}

    @RestController
    static class Parcels {
        @PostMapping("/parcels")
        Parcel send(@Valid @RequestBody Parcel parcel) {
            return parcel;
        }
    }
}
