package dev.agora.portal.shop;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.portal.HtmlErrorPages;
import dev.agora.portal.security.People;
import dev.agora.portal.security.SecurityConfiguration;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
        controllers = {CatalogueController.class, HistoryController.class, OrderPageController.class},
        properties = "agora.portal.sign-in.client-secret=secret")
@Import({SecurityConfiguration.class, HtmlErrorPages.class})
class ShopPagesSecurityTest {

    static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000b0b");
    static final UUID BOOK = UUID.fromString("00000000-0000-0000-0000-0000000b0043");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ShopClient shop;

    @MockitoBean
    OrderStatusRelay relay;

    @Test
    void theCatalogueIsPublicAndOffersToSignIn() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/oauth2/authorization/agora")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"place-order\""))));
    }

    @Test
    void aSignedInPersonWhoseTokensAreGoneIsSentToSignInAgain() throws Exception {
        given(shop.catalogue()).willThrow(new ClientAuthorizationRequiredException("agora"));

        mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(People.shopper(ALICE)))
                .andExpect(status().isFound())
                .andExpect(header().string(
                                "Location",
                                Matchers.allOf(
                                        Matchers.startsWith("http://127.0.0.1:8070/oauth2/authorize?"),
                                        Matchers.containsString("code_challenge_method=S256"))));
    }

    @Test
    void orderingNeedsASignIn() throws Exception {
        mvc.perform(post("/orders").param("quantities[" + BOOK + "]", "1").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/agora"));
        then(shop).should(never()).place(any(), anyList(), any(), anyString());
    }

    @Test
    void aShopperOrdersAsTheUserTheirTokenNamesWhateverTheFormSays() throws Exception {
        var placed = UUID.randomUUID();
        given(shop.place(eq(ALICE), anyList(), eq(OrderMode.SYNC), eq("key-1"))).willReturn(order(placed, ALICE));

        mvc.perform(post("/orders")
                        .param("userId", BOB.toString())
                        .param("mode", "SYNC")
                        .param("idempotencyKey", "key-1")
                        .param("quantities[" + BOOK + "]", "2")
                        .with(People.shopper(ALICE))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/orders/" + placed));
        then(shop)
                .should()
                .place(
                        eq(ALICE),
                        eq(List.of(new dev.agora.shop.contracts.OrderLine(BOOK, 2))),
                        eq(OrderMode.SYNC),
                        eq("key-1"));
    }

    @Test
    void anAccountThatIsNoShopUsersIsToldSoAndPlacesNothing() throws Exception {
        mvc.perform(post("/orders")
                        .param("quantities[" + BOOK + "]", "1")
                        .with(People.operator())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("sign in as a shopper to order")));
        then(shop).should(never()).place(any(), anyList(), any(), anyString());
    }

    @Test
    void theHistoryNeedsASignInAndShowsAShopperTheirOwn() throws Exception {
        mvc.perform(get("/history").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/agora"));
        mvc.perform(get("/history").with(People.shopper(ALICE)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/users/" + ALICE + "/orders"));
    }

    @Test
    void aShopperMayNotSeeAnotherShoppersHistory() throws Exception {
        mvc.perform(get("/users/" + BOB + "/orders").accept(MediaType.TEXT_HTML).with(People.shopper(ALICE)))
                .andExpect(status().isForbidden());
        then(shop).should(never()).history(BOB);
    }

    @Test
    void anOperatorMaySeeAnyShoppersHistory() throws Exception {
        given(shop.shopper(BOB)).willReturn(Optional.of(new ShopModels.Shopper(BOB, "Bob", "bob@example.org", "FR")));
        given(shop.history(BOB)).willReturn(Optional.empty());

        mvc.perform(get("/users/" + BOB + "/orders").accept(MediaType.TEXT_HTML).with(People.operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Orders of <span>Bob</span>")));
    }

    @Test
    void anotherShoppersOrderIsAsUnknownAsOneThatDoesNotExist() throws Exception {
        var bobs = UUID.randomUUID();
        given(shop.order(bobs)).willReturn(Optional.of(order(bobs, BOB)));

        mvc.perform(get("/orders/" + bobs).accept(MediaType.TEXT_HTML).with(People.shopper(ALICE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orders/" + bobs + "/events").with(People.shopper(ALICE)))
                .andExpect(status().isNotFound());
        then(relay).should(never()).relay(bobs);
    }

    private static OrderView order(UUID orderId, UUID userId) {
        return new OrderView(
                orderId,
                userId,
                OrderMode.SYNC,
                OrderStatus.CONFIRMED,
                List.of(),
                null,
                null,
                null,
                "EUR",
                null,
                null,
                Instant.parse("2026-11-23T09:00:00Z"),
                List.of());
    }
}
