from enum import StrEnum


class NewDestinationRequestNetworkingMethod(StrEnum):
    DIRECTLY = "Directly"
    PRIVATELINK = "PrivateLink"
    PROXYAGENT = "ProxyAgent"
    SSHTUNNEL = "SshTunnel"

    def __str__(self) -> str:
        return str(self.value)
