package cq.assist.core.identity;

import java.util.Optional;

/**
 * The population registry's record of a person's name and phone on file (a port): where a co-signer's
 * code goes and what the demo real-name check compares with. Never a number a filer typed.
 */
public interface PhonesOnFile {

    /**
     * The registry's name and phone for the person with this ID-number blind index.
     *
     * @param idNumberHash blind index of the normalised ID number
     * @return the record, or empty when the registry does not know the person
     */
    Optional<OnFile> lookUp(String idNumberHash);

    /**
     * The registry's record of a household member, found by the member's ID number under every configured
     * blind-index version (the member row and the registry row may have been indexed under different versions).
     *
     * @param applicationId the member's application
     * @param seq the member's place in it
     * @param idNumberEnc the member's stored {@code id_number_enc}, decrypted in its row
     */
    default Optional<OnFile> lookUpMember(
            String applicationId, Integer seq, byte[] idNumberEnc, cq.assist.core.pii.PiiCipher cipher) {
        String idNumber = cipher.decrypt(
                cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                cq.assist.core.pii.PiiField.rowKey(applicationId, seq),
                idNumberEnc);
        return cipher.findByIndex(idNumber, this::lookUp);
    }

    /** The phone on file, or empty when the registry has no record or no phone for the person. */
    default Optional<String> phoneOf(String idNumberHash) {
        return lookUp(idNumberHash).map(OnFile::phone);
    }

    /**
     * A person as the registry has it.
     *
     * @param name the registered name
     * @param phone the 11-digit phone on file, or null when none is on file
     */
    record OnFile(String name, String phone) {}
}
