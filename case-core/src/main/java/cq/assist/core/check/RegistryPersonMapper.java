package cq.assist.core.check;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes the reference registry ({@code registry_person}), always by the ID number's blind index. */
@Mapper
interface RegistryPersonMapper {

    /** The person with this blind index, or empty when the registry has no row. */
    Optional<RegistryPersonRow> selectByIdHash(String idNumberHash);

    /** Inserts a person; a second row for the same blind index fails with a duplicate key. */
    int insert(RegistryPersonRow row);

    /** Replaces every fact of the person with this blind index (the encrypted number is kept). */
    int updateByIdHash(RegistryPersonRow row);

    /** Sets the phone on file of the person with this blind index. */
    int updatePhone(
            @Param("idNumberHash") String idNumberHash,
            @Param("phoneEnc") byte[] phoneEnc,
            @Param("phoneHash") String phoneHash);

    /** The registered name and encrypted phone on file, or null when the registry has no row. */
    PhoneOnFileRow selectPhoneOnFile(@Param("idNumberHash") String idNumberHash);

    /** A person's registered name and encrypted phone on file (null when none is on file). */
    record PhoneOnFileRow(String name, byte[] phoneEnc) {}
}
