package dev.agora.auth.accounts;

/** An account with its password hash, which stays inside this package. */
record StoredAccount(Account account, String passwordHash) {

    @Override
    public String toString() {
        return "StoredAccount[" + account + "]"; // not even the hash in a log
    }
}
