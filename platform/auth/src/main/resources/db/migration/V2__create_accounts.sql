-- People who sign in. The username is stored normalised (lower case), so one name is one account in any case.
CREATE TABLE account (
    account_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username varchar(254) NOT NULL UNIQUE,
    password_hash varchar(200) NOT NULL,
    roles varchar(200) NOT NULL, -- comma-separated role names, like Spring Authorization Server's own lists
    user_id uuid UNIQUE, -- the user service's id of a shopper; NULL for accounts that are no shop user
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
