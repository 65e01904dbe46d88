-- One row per order: the claim of its charge (CHARGING), the provider's answer (CAPTURED, DECLINED, FAILED)
-- and its refund (REFUNDING, REFUNDED). The unique order_id is what makes an order be charged at most once.
CREATE TABLE payment (
    payment_id         uuid PRIMARY KEY,
    order_id           uuid          NOT NULL UNIQUE,
    amount             numeric(19, 2) NOT NULL,
    currency           char(3)       NOT NULL,
    status             varchar(16)   NOT NULL,
    mode               varchar(8)    NOT NULL,
    provider_reference varchar(100),
    failure_reason     varchar(500),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT payment_status CHECK (status IN ('CHARGING', 'CAPTURED', 'DECLINED', 'FAILED', 'REFUNDING', 'REFUNDED')),
    CONSTRAINT payment_mode CHECK (mode IN ('SYNC', 'ASYNC'))
);

-- provider calls whose outcome is not recorded yet: what the stalled-call recovery looks at
CREATE INDEX payment_in_flight ON payment (updated_at) WHERE status IN ('CHARGING', 'REFUNDING');

-- Orders that ended (cancelled, expired): never charged from now on, and a charge completing later is refunded.
CREATE TABLE closed_order (
    order_id  uuid PRIMARY KEY,
    reason    varchar(20) NOT NULL,
    closed_at timestamptz NOT NULL DEFAULT now()
);
