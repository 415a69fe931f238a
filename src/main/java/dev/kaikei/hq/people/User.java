package dev.kaikei.hq.people;

import java.util.Optional;

/** A person who may log in to the back office; a manager has a store, an owner none. */
public record User(long id, String name, Role role, Optional<String> storeId) {
}
