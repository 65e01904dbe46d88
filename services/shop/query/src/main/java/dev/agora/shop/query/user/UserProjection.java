package dev.agora.shop.query.user;

import dev.agora.shop.contracts.events.UserCreated;
import dev.agora.shop.contracts.events.UserUpdated;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.query.readmodel.Subscription;
import java.util.List;
import org.springframework.stereotype.Component;

/** Keeps each user's latest state; both events carry the whole state, so the newer one wins. */
@Component
class UserProjection implements Projection {

    private final UserRepository users;

    UserProjection(UserRepository users) {
        this.users = users;
    }

    @Override
    public List<Subscription<?>> subscriptions() {
        return List.of(
                Subscription.on(
                        "user.created",
                        UserCreated.class,
                        (user, at) -> users.save(user.userId(), user.name(), user.email(), user.country(), at)),
                Subscription.on(
                        "user.updated",
                        UserUpdated.class,
                        (user, at) -> users.save(user.userId(), user.name(), user.email(), user.country(), at)));
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public void clear() {
        users.clear();
    }

    @Override
    public long count() {
        return users.count();
    }
}
