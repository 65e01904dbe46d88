package dev.agora.launcher.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopLevelJsonTest {

    @Test
    void aTokenResponseGivesItsAccessTokenAndNotANestedOne() {
        String json = "{\"nested\":{\"access_token\":\"no\"},\"access_token\":\"eyJ.a.b\",\"token_type\":\"Bearer\"}";

        assertThat(TopLevelJson.string(json, "access_token")).hasValue("eyJ.a.b");
        assertThat(TopLevelJson.string(json, "scope")).isEmpty();
    }

    @Test
    void escapesAreUndone() {
        assertThat(TopLevelJson.string("{\"error_description\":\"a \\\"b\\\" \\/ c\\u00e9\\nd\"}", "error_description"))
                .hasValue("a \"b\" / c\u00e9\nd");
        assertThat(TopLevelJson.string("{\"k\":\"\\uZZ\"}", "k")).hasValue("\\uZZ");
    }

    @Test
    void aCutOffDocumentHasNoValue() {
        assertThat(TopLevelJson.string("{\"access_token\":\"eyJ", "access_token"))
                .isEmpty();
        assertThat(TopLevelJson.string("", "access_token")).isEmpty();
    }
}
