package cq.assist.core.intake;

/** Receives the number drawn from {@code application_no_sequence}. */
public class SequenceTicket {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
