package dev.kalkan.service;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory updates only once the database change they mirror is committed, so that a failed
 * transaction cannot leave a cache saying otherwise (a reinstated principal, an activated policy).
 */
public final class AfterCommit {
  private AfterCommit() {}

  /** Runs {@code action} after the current transaction commits, or now outside a transaction. */
  public static void run(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }
}
