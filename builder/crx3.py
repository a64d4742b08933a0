"""CRX3 packages for organisations that host the extension themselves, signed with the
organisation's own RSA key through the `openssl` command (no Python dependency).

The format, as Chromium reads it (components/crx_file/crx3.proto and crx_verifier.cc in the
Chromium source):

    "Cr24"  uint32le 3  uint32le len(header)  header  zip

where header is a CrxFileHeader protobuf: field 2 (sha256_with_rsa) holds an AsymmetricKeyProof
{1: public key as DER SubjectPublicKeyInfo, 2: signature}, and field 10000 (signed_header_data)
holds a SignedData {1: crx_id}, crx_id being the first 16 bytes of SHA-256 of that public key.
The signature is RSA PKCS#1 v1.5 with SHA-256 over

    b"CRX3 SignedData\\x00" + uint32le len(signed_header_data) + signed_header_data + zip

and the extension's ID is crx_id in hexadecimal written with the letters a to p for 0 to f.
Only the three messages' few fields are needed, so they are written and read by hand here.
"""

from __future__ import annotations

import hashlib
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"Cr24"
VERSION = 3
SIGNATURE_CONTEXT = b"CRX3 SignedData\x00"
# CrxFileHeader and its nested messages' field numbers (crx3.proto).
HEADER_SHA256_WITH_RSA = 2
HEADER_SIGNED_HEADER_DATA = 10000
PROOF_PUBLIC_KEY = 1
PROOF_SIGNATURE = 2
SIGNED_DATA_CRX_ID = 1
LENGTH_DELIMITED = 2  # the protobuf wire type of bytes and nested messages


class CrxError(ValueError):
    """A file that is not a CRX3 this module can read."""


def varint(value: int) -> bytes:
    """``value`` as an unsigned LEB128 number: protobuf's varint, and WebAssembly's u32."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _bytes_field(number: int, payload: bytes) -> bytes:
    return varint(number << 3 | LENGTH_DELIMITED) + varint(len(payload)) + payload


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise CrxError("truncated or overlong varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def parse_fields(data: bytes) -> list[tuple[int, bytes]]:
    """The (field number, bytes) pairs of a protobuf message whose fields are all bytes or
    nested messages, in order; any other wire type is an error."""
    fields: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(data):
        key, pos = _read_varint(data, pos)
        if key & 7 != LENGTH_DELIMITED:
            raise CrxError(f"unexpected wire type {key & 7} in field {key >> 3}")
        length, pos = _read_varint(data, pos)
        if pos + length > len(data):
            raise CrxError(f"field {key >> 3} runs past the end of its message")
        fields.append((key >> 3, data[pos : pos + length]))
        pos += length
    return fields


def extension_id(public_key_der: bytes) -> str:
    """Chromium's extension ID of a public key: the first 128 bits of its SHA-256, in base 16
    written with a to p (so that a host name never starts with a digit)."""
    digest = hashlib.sha256(public_key_der).digest()[:16]
    return "".join(chr(ord("a") + int(nibble, 16)) for nibble in digest.hex())


def public_key_der(private_key: Path) -> bytes:
    """The DER SubjectPublicKeyInfo of a PEM private key, through `openssl pkey`."""
    result = subprocess.run(
        ["openssl", "pkey", "-in", str(private_key), "-pubout", "-outform", "DER"],
        capture_output=True,
    )
    if result.returncode != 0:
        raise CrxError(f"openssl could not read the key: {result.stderr.decode().strip()}")
    return result.stdout


def _signed_payload(signed_header_data: bytes, archive: bytes) -> bytes:
    size = struct.pack("<I", len(signed_header_data))
    return SIGNATURE_CONTEXT + size + signed_header_data + archive


def _openssl_sign(private_key: Path, payload: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="tbyp-crx-") as scratch:
        data = Path(scratch) / "signed"
        data.write_bytes(payload)
        result = subprocess.run(
            ["openssl", "dgst", "-sha256", "-sign", str(private_key), str(data)],
            capture_output=True,
        )
    if result.returncode != 0:
        raise CrxError(f"openssl could not sign: {result.stderr.decode().strip()}")
    return result.stdout


def make_crx3(archive: bytes, private_key: Path) -> tuple[bytes, str]:
    """A CRX3 holding `archive` (the extension's zip) signed with the RSA key at private_key;
    returns the file's bytes and the extension's ID."""
    key = public_key_der(private_key)
    crx_id = hashlib.sha256(key).digest()[:16]
    signed_header_data = _bytes_field(SIGNED_DATA_CRX_ID, crx_id)
    signature = _openssl_sign(private_key, _signed_payload(signed_header_data, archive))
    proof = _bytes_field(PROOF_PUBLIC_KEY, key) + _bytes_field(PROOF_SIGNATURE, signature)
    header = _bytes_field(HEADER_SHA256_WITH_RSA, proof) + _bytes_field(
        HEADER_SIGNED_HEADER_DATA, signed_header_data
    )
    crx = MAGIC + struct.pack("<II", VERSION, len(header)) + header + archive
    return crx, extension_id(key)


@dataclass(frozen=True)
class Crx3:
    """A CRX3 read back: its RSA proofs, the crx_id it declares and the zip it carries."""

    proofs: tuple[tuple[bytes, bytes], ...]  # (public key DER, signature)
    signed_header_data: bytes
    crx_id: bytes
    archive: bytes

    def signed_payload(self) -> bytes:
        """The bytes every proof's signature covers."""
        return _signed_payload(self.signed_header_data, self.archive)


def read_crx3(data: bytes) -> Crx3:
    """Parse a CRX3 file (without checking signatures: see verify_crx3)."""
    if data[:4] != MAGIC:
        raise CrxError("not a CRX file (no Cr24 magic)")
    if len(data) < 12:
        raise CrxError("truncated CRX header")
    version, header_size = struct.unpack("<II", data[4:12])
    if version != VERSION:
        raise CrxError(f"CRX version {version}, not 3")
    header = data[12 : 12 + header_size]
    if len(header) != header_size:
        raise CrxError("the header runs past the end of the file")
    proofs: list[tuple[bytes, bytes]] = []
    signed_header_data = b""
    for number, payload in parse_fields(header):
        if number == HEADER_SHA256_WITH_RSA:
            proof = dict(parse_fields(payload))
            proofs.append((proof.get(PROOF_PUBLIC_KEY, b""), proof.get(PROOF_SIGNATURE, b"")))
        elif number == HEADER_SIGNED_HEADER_DATA:
            signed_header_data = payload
    crx_id = dict(parse_fields(signed_header_data)).get(SIGNED_DATA_CRX_ID, b"")
    return Crx3(tuple(proofs), signed_header_data, crx_id, data[12 + header_size :])


def verify_crx3(data: bytes) -> str:
    """Check a CRX3 as Chromium does (a proof by the key whose hash is the declared crx_id, and
    every RSA proof's signature valid, each checked by `openssl dgst -verify`); its extension ID."""
    crx = read_crx3(data)
    if len(crx.crx_id) != 16:
        raise CrxError("the signed header declares no 16-byte crx_id")
    if not any(hashlib.sha256(key).digest()[:16] == crx.crx_id for key, _ in crx.proofs):
        raise CrxError("no proof is by the key the crx_id names")
    with tempfile.TemporaryDirectory(prefix="tbyp-crx-") as scratch:
        payload = Path(scratch) / "signed"
        payload.write_bytes(crx.signed_payload())
        for index, (key, signature) in enumerate(crx.proofs):
            key_file = Path(scratch) / f"key{index}.der"
            signature_file = Path(scratch) / f"signature{index}"
            key_file.write_bytes(key)
            signature_file.write_bytes(signature)
            command = ["openssl", "dgst", "-sha256", "-verify", str(key_file)]
            command += ["-keyform", "DER", "-signature", str(signature_file), str(payload)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0 or "Verified OK" not in result.stdout:
                raise CrxError(f"proof {index}'s signature does not verify: {result.stdout}")
    return "".join(chr(ord("a") + int(nibble, 16)) for nibble in crx.crx_id.hex())
